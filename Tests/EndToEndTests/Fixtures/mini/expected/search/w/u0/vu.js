plansiteSearchLoaded("w/u0/vu",{
"vuong":[0,-4,1,-5]
});
