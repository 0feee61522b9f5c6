plansiteSearchLoaded("w/p0/ph",{
"phat":[0,16,0,-18],
"pho":[0,17],
"phu":[0,17]
});
