plansiteSearchLoaded("w/u0/xo",{
"xong":[0,2]
});
