plansiteSearchLoaded("w/u0/nh",{
"nha":[0,5]
});
